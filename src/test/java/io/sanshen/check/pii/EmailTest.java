package io.sanshen.check.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailTest {
    @Test
    void acceptsOrdinaryAddresses() {
        assertThat(Email.isValid("zhangsan@163.com")).isTrue();
        assertThat(Email.isValid("li.si+news@mail.example.com.cn")).isTrue();
    }

    @Test
    void rejectsMissingPartsAndBadDots() {
        assertThat(Email.isValid("@163.com")).isFalse();
        assertThat(Email.isValid("a@localhost")).isFalse();
        assertThat(Email.isValid("a..b@163.com")).isFalse();
        assertThat(Email.isValid("a@163.c0m")).isFalse();
        assertThat(Email.isValid("a@b@163.com")).isFalse();
    }
}

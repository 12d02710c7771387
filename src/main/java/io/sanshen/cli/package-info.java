/**
 * The command line: a picocli root command listing every subcommand, each a thin class that parses options and
 * hands off to a service. Help and messages are in Chinese by default, English with {@code --lang en}.
 *
 * <p>Allowed imports: all (the commands drive every package; nothing imports {@code cli}).
 */
package io.sanshen.cli;

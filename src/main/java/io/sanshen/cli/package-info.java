/**
 * The command line: a picocli root command listing every subcommand, each a thin class that parses options and
 * hands off to a service. Help and messages are in Chinese by default, English with {@code --lang en}.
 */
package io.sanshen.cli;

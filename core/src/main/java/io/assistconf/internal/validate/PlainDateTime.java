package io.assistconf.internal.validate;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.format.DateTimeFormat;
import java.time.Year;

/**
 * networknt's {@code date-time} format for the fast validator, answering at once for the plain form that
 * format surely accepts: {@code 2024-02-29T23:59:59Z}, with a fraction of up to nine digits and an offset
 * such as {@code +05:30}, each field in its range (no leap second, year 0001 to 9999, upper-case {@code T}
 * and {@code Z}). Anything else goes to networknt. networknt parses the date with java.time, which allocated
 * a map and a parse position for every timestamp of a payload. {@code PlainDateTimeProperties} checks that
 * every string answered here is one networknt accepts.
 */
final class PlainDateTime extends QuickerFormat {

    private static final int[] DAYS = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    PlainDateTime() {
        super(new DateTimeFormat());
    }

    @Override
    public boolean matches(ExecutionContext context, String value) {
        return isPlain(value) || networknt.matches(context, value);
    }

    /** Whether the value is a date-time of the plain form, each field in its range. */
    static boolean isPlain(String value) {
        int length = value.length();
        if (length < 20 || value.charAt(4) != '-' || value.charAt(7) != '-' || value.charAt(10) != 'T'
                || value.charAt(13) != ':' || value.charAt(16) != ':') {
            return false;
        }
        int year = number(value, 0, 4);
        int month = number(value, 5, 2);
        int day = number(value, 8, 2);
        int hour = number(value, 11, 2);
        int minute = number(value, 14, 2);
        int second = number(value, 17, 2);
        if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59
                || day > DAYS[month - 1] + (month == 2 && Year.isLeap(year) ? 1 : 0)) {
            return false;
        }
        int at = 19;
        if (value.charAt(at) == '.') {
            int digits = 0;
            while (at + 1 + digits < length && isDigit(value.charAt(at + 1 + digits))) {
                digits++;
            }
            if (digits < 1 || digits > 9) {
                return false;
            }
            at += 1 + digits;
        }
        if (at >= length - 1) {
            return at == length - 1 && value.charAt(at) == 'Z';
        }
        char sign = value.charAt(at);
        return at == length - 6 && (sign == '+' || sign == '-') && value.charAt(at + 3) == ':'
                && number(value, at + 1, 2) <= 23 && number(value, at + 4, 2) <= 59;
    }

    /** The decimal number of the digits at {@code start}, or a number past every range when one is not a digit. */
    private static int number(String value, int start, int digits) {
        int number = 0;
        for (int i = start; i < start + digits; i++) {
            char c = value.charAt(i);
            if (!isDigit(c)) {
                return Integer.MAX_VALUE;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

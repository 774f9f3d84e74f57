package no.lpp.moteplass.partnership.organization;

/**
 * Norwegian organisation numbers (Enhetsregisteret): nine digits, the last a modulus-11 check digit over the first
 * eight with weights 3, 2, 7, 6, 5, 4, 3, 2.
 */
public final class OrganizationNumber {

    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    private OrganizationNumber() {
    }

    public static boolean isValid(String number) {
        if (number == null || !number.matches("\\d{9}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += WEIGHTS[i] * (number.charAt(i) - '0');
        }
        int remainder = sum % 11;
        int check = remainder == 0 ? 0 : 11 - remainder;
        // A remainder of 1 would need check digit 10: such numbers are never issued.
        return check != 10 && check == number.charAt(8) - '0';
    }
}

/**
 * The staff secret every e2e build uses, so tests can open the sealed staff pages. A test value, published on
 * purpose: it protects nothing but the example data. Real builds take PORTAL_STAFF_SECRET or `.staff-secret`.
 */
export const testStaffSecret = 'hugBt8JSFyEFq8zBdVpIuPGJKxuzZ2A8g5PuoaIlkt0';

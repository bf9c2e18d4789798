// Lengths past which a value from a file is refused before it reaches Intl. Intl reads whatever it
// is given: a 400 KB time zone took 7 s to refuse. The longest IANA zone name is 32
// characters; a real BCP 47 tag is far under 35 (RFC 5646 asks implementations to take 35).
export const MAX_ZONE_LENGTH = 64;
export const MAX_LANGUAGE_LENGTH = 35;

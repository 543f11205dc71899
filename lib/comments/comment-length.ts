/** The longest comment, in characters: plain data, for the form in the browser as for the server's check. */
export const COMMENT_MAX_LENGTH = 10_000;

/** The width of the query editor's field labels, so that the fields of every kind line up. */
export const LABEL_WIDTH = 16;

/**
 * Ids in content are written by hand and never derived from position, so saved progress
 * survives edits to the text. The content validator and the saved-data parser share this.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

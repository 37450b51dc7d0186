/** Building blocks of the saved-input schemas (learners' answers as stored and imported). */
import * as v from 'valibot';
import { ID_PATTERN } from '../../domain/ids';

/** An id named in an answer: the same pattern as content ids, and never absurdly long. */
export const ContentIdInput = v.pipe(v.string(), v.maxLength(120), v.regex(ID_PATTERN));
/** A list of ids in an answer. */
export const ContentIdsInput = v.pipe(v.array(ContentIdInput), v.maxLength(500));

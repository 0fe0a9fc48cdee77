/**
 * User tags (/user/tag/set.json, /user/tag/batch/set.json, /user/tags/get.json): a set replaces the
 * user's whole set of tags (docs set-user-tag: full replacement); get answers `result` as
 * {userId: [tags]} (Go TagResult.Result map[string][]string, Java GetTagResult.result).
 */
import { TAG_BATCH_SET, TAG_SET, TAGS_GET } from '../../../core/contract/user';
import { put, row } from '../../model/tables';
import { all, ok, required, unique } from '../answers';
import type { EndpointHandler } from '../types';
import { USER_TAGS } from './tables';

export const tagSet: EndpointHandler = {
  endpoint: TAG_SET,
  keeps: "Replaces the user's kept tags with the ones sent (push by tag reads them); an empty array (or none) clears them, as the docs say.",
  handle(params, { app }) {
    const userId = required(params, TAG_SET, 'userId');
    return ok([put(app, USER_TAGS, '', userId, unique(all(params, 'tags')))]);
  },
};

export const tagBatchSet: EndpointHandler = {
  endpoint: TAG_BATCH_SET,
  keeps: "Replaces each named user's kept tags with the ones sent (1–1000 users).",
  handle(params, { app }) {
    const tags = unique(all(params, 'tags'));
    return ok(unique(all(params, 'userIds')).map((userId) => put(app, USER_TAGS, '', userId, tags)));
  },
};

export const tagsGet: EndpointHandler = {
  endpoint: TAGS_GET,
  keeps: 'Answers each named user\'s kept tags under result, by user ID; a user with none (or unknown) gets [] (our choice).',
  handle(params, { app, model }) {
    const result: Record<string, string[]> = {};
    for (const id of unique(all(params, 'userIds'))) result[id] = [...(row<readonly string[]>(model, app, USER_TAGS, '', id) ?? [])];
    return ok([], { result });
  },
};

import { defineParams, listHref, param } from '../../app/list/params';

/** URL state of the property list: the community and the cursor. */
export const PROPERTY_PARAMS = defineParams({
  community: param.text(),
  after: param.cursor(),
});

export const propertyUrl = (filters: { community?: string } = {}) => listHref('/property', PROPERTY_PARAMS, filters);

import userConfig from '../../../portal.config';
import { parseWithFriendlyErrors } from './errors';
import type { ProgramIds } from './schema-helpers';
import { portalConfigSchema } from './config-schema';

/** The validated portal configuration; importing it fails fast on a bad `portal.config.ts`. */
export const portal = parseWithFriendlyErrors(portalConfigSchema, userConfig, 'portal.config.ts');

export const partnerTypeIds = portal.partnerTypes.map((type) => type.id);
export const partnershipModelIds = portal.partnershipModels.map((model) => model.id);
export const valueDimensionIds = portal.valueDimensions.map((dimension) => dimension.id);

/** The configured ids, for the schema factories (`trackSchema(programIds)` and the like). */
export const programIds: ProgramIds = {
	partnerTypeIds,
	modelIds: partnershipModelIds,
	dimensionIds: valueDimensionIds,
	serviceIds: portal.community.services.map((service) => service.id),
	industryIds: portal.community.industries.map((industry) => industry.id),
	regionIds: portal.community.regions.map((region) => region.id),
};

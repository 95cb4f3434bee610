import { NodeConnectionTypes } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { buildProperties, subtitleOf } from '../shared/registry/describe';
import { executeRegistry } from '../shared/registry/execute';
import { buildLookupMethods } from '../shared/registry/lookup';
import { OPERATIONS, RESOURCES } from './operations';

/** Questionnaire surveys: answers, next question, ratings (reference chapter 8), and call result data with satisfaction values (16.1). Every operation is a registry entry in ./operations.ts. */
export class HuaweiCecSurvey implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Huawei CEC Survey',
		name: 'huaweiCecSurvey',
		icon: { light: 'file:../../icons/huaweiCec.svg', dark: 'file:../../icons/huaweiCec.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: subtitleOf(OPERATIONS),
		description: 'Questionnaire surveys: answers, next question, ratings (reference chapter 8), and call result data with satisfaction values (16.1).',
		defaults: { name: 'Huawei CEC Survey' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'huaweiCecApiFabricApi', required: true }],
		properties: buildProperties(RESOURCES, OPERATIONS),
	};

	methods = buildLookupMethods(OPERATIONS, 'huaweiCecApiFabricApi');

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeRegistry.call(this, OPERATIONS, 'huaweiCecApiFabricApi');
	}
}

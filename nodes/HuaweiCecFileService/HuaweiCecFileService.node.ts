import { NodeConnectionTypes } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { testAkSkCredential } from '../shared/credentialTests';
import { buildProperties, subtitleOf } from '../shared/registry/describe';
import { executeRegistry } from '../shared/registry/execute';
import { buildLookupMethods } from '../shared/registry/lookup';
import { OPERATIONS, RESOURCES } from './operations';

/** Get CDRs, recording indexes and recordings from CC-FS: generate and download index files, download or play back recordings as binary data, and manage third-party files (reference 13.2). Every operation is a registry entry in ./operations.ts, signed with the C2 AK/SK credential. */
export class HuaweiCecFileService implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Huawei CEC File Service',
		name: 'huaweiCecFileService',
		icon: { light: 'file:../../icons/huaweiCec.svg', dark: 'file:../../icons/huaweiCec.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: subtitleOf(OPERATIONS),
		description: 'Get CDRs, recording indexes and recordings from CC-FS: generate and download index files, download or play back recordings as binary data, and manage third-party files (reference 13.2).',
		defaults: { name: 'Huawei CEC File Service' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'huaweiCecAkSkApi', required: true, testedBy: 'testAkSk' }],
		properties: buildProperties(RESOURCES, OPERATIONS),
	};

	methods = { ...buildLookupMethods(OPERATIONS, 'huaweiCecAkSkApi'), credentialTest: { testAkSk: testAkSkCredential } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeRegistry.call(this, OPERATIONS, 'huaweiCecAkSkApi');
	}
}

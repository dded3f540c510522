import type { z } from 'zod';
import {
  closeConferenceInput,
  conferenceIdInput,
  createConferenceInput,
  listConferencesInput,
  reopenConferenceInput,
  updateConferenceInput,
  type Conference,
} from '../conference/conference.schema';
import { getSettingsInput, updateSettingsInput, type Settings } from '../settings/settings.schema';
import type { MethodName } from './methods';

interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  /** Phantom field carrying the output type; never read at run time. */
  output?: O;
}

function method<O>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input });
}

/** The whole API: method name → input schema and output type. */
export const contract = {
  'conference.create': method<Conference>()(createConferenceInput),
  'conference.list': method<Conference[]>()(listConferencesInput),
  'conference.get': method<Conference>()(conferenceIdInput),
  'conference.update': method<Conference>()(updateConferenceInput),
  'conference.close': method<Conference>()(closeConferenceInput),
  'conference.reopen': method<Conference>()(reopenConferenceInput),
  'settings.get': method<Settings>()(getSettingsInput),
  'settings.update': method<Settings>()(updateSettingsInput),
} satisfies { [M in MethodName]: MethodSpec<z.ZodType, unknown> };

export type Contract = typeof contract;
/** What a caller passes to method M (before defaults and trimming). */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler of M receives, after validation. */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = NonNullable<Contract[M]['output']>;

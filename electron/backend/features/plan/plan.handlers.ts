import type { Handlers } from '../../api/handlers';

const notYet = () => {
  throw new Error('not implemented yet');
};

export const planHandlers: Pick<Handlers, 'plan.create' | 'plan.update' | 'plan.revise'> = {
  'plan.create': notYet,
  'plan.update': notYet,
  'plan.revise': notYet,
};

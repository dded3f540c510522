import type { Handlers } from '../../api/handlers';

type ChecklistMethod = 'checklist.setDone' | 'checklist.addItem' | 'checklist.updateItem' | 'checklist.removeItem';

const notYet = () => {
  throw new Error('not implemented yet');
};

export const checklistHandlers: Pick<Handlers, ChecklistMethod> = {
  'checklist.setDone': notYet,
  'checklist.addItem': notYet,
  'checklist.updateItem': notYet,
  'checklist.removeItem': notYet,
};

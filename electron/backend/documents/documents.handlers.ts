import type { Handlers } from '../api/handlers';
import type { DocumentMethodName } from '../../shared/documents/documents.schema';

const notYet = () => {
  throw new Error('not implemented yet');
};

export const documentHandlers: Pick<Handlers, DocumentMethodName> = {
  'documents.invitation': notYet,
  'documents.commission': notYet,
  'documents.summary': notYet,
  'documents.checklist': notYet,
  'documents.participants': notYet,
  'documents.calendar': notYet,
};

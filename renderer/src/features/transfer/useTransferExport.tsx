import type { MethodInput } from '../../../../electron/shared/api/contract';
import { useExportQueue } from '../documents/useExportQueue';

type TransferExportMethod = 'transfer.exportAll' | 'transfer.exportConference';

/** An export file made through the documents' export queue: saved where the user chooses, or downloaded. */
export function useTransferExport<M extends TransferExportMethod>(method: M, input: MethodInput<M>, label: string) {
  const queue = useExportQueue();
  return {
    status: queue.status,
    running: queue.status.state === 'running',
    run: () => queue.run([{ label, method, input }]),
  };
}

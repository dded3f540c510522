import { useCallback } from 'react';
import type { MethodInput } from '../../../../electron/shared/api/contract';
import type { ApiResult } from '../../../../electron/shared/api/result';
import type { Preparation } from '../../../../electron/shared/preparation/preparation.schema';
import { isNetworkError } from '../../api/client';
import { useNotify } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation, type PreparationMethod } from '../preparation/PreparationContext';

type DayMethod = Extract<PreparationMethod, `meetingDay.${string}`>;

/**
 * A one-click change of the day (a toggle, a timer button): runs it and, when it is
 * refused, says so in a notice, since there is no form to show the error next to.
 */
export function useDayChange() {
  const { t, tKey } = useI18n();
  const notify = useNotify();
  const { change } = usePreparation();
  return useCallback(
    async <M extends DayMethod>(method: M, input: MethodInput<M>): Promise<ApiResult<Preparation>> => {
      const result = await change(method, input);
      if (!result.ok) {
        const { error } = result;
        const text = isNetworkError(error)
          ? t('error.network')
          : error.code === 'invalid_input' && error.issues?.[0]
            ? tKey(error.issues[0].message)
            : t(`error.${error.code}`);
        notify(text, 'error');
      }
      return result;
    },
    [change, notify, t, tKey],
  );
}

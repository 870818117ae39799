import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';

import { useActionItem } from '../api/get-action-item';
import { RecordProgressForm } from './record-progress-form';

export interface ActionProgressEditorProps {
  actionId: number;
  /** The units to report for first: a report's own unit. */
  preferredUnitIds: readonly number[];
  defaultReportedOn?: string | undefined;
  onRecorded: () => void;
}

/** Records a unit's progress on an action from elsewhere than its page (a report): loads the action, then its form. */
export function ActionProgressEditor({ actionId, preferredUnitIds, defaultReportedOn, onRecorded }: ActionProgressEditorProps) {
  const action = useActionItem(actionId);
  if (action.isPending) return <Loading />;
  if (action.isError) return <ErrorAlert error={action.error} onRetry={() => void action.refetch()} />;
  return <RecordProgressForm action={action.data.data} preferredUnitIds={preferredUnitIds} defaultReportedOn={defaultReportedOn} onRecorded={onRecorded} />;
}

import { useMutation } from '@apollo/client/react';
import { Button, Input, List, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { formatTime } from '../../../app/format';
import { type FragmentType, getFragmentData } from '../../../gql/fragment-masking';
import { useI18n } from '../../../i18n';
import { ActionItemFieldsFragment, UpdateActionItemDocument } from '../graphql/meeting';
import { ActionItemState } from './ActionItemState';
import { useRun } from './useRun';

type Item = FragmentType<typeof ActionItemFieldsFragment>;

function Row({ item: ref, showMeeting }: { item: Item; showMeeting?: boolean }) {
  const { t } = useI18n();
  const item = getFragmentData(ActionItemFieldsFragment, ref);
  const [note, setNote] = useState('');
  const [update] = useMutation(UpdateActionItemDocument);
  const { run, busy } = useRun();
  return (
    <List.Item
      data-testid="action-item"
      style={{ background: item.isOverdue ? 'rgba(255, 77, 79, 0.08)' : undefined, paddingInline: 8 }}
      actions={
        item.viewerCanUpdate && item.state === 'OPEN'
          ? [
              <Popconfirm
                key="done"
                title={t('meeting.action.note')}
                description={<Input value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} />}
                onConfirm={() =>
                  run(() =>
                    update({ variables: { input: { actionItemId: item.id, state: 'DONE', completionNote: note } } }),
                  )
                }
              >
                <Button size="small" loading={busy}>
                  {t('meeting.action.complete')}
                </Button>
              </Popconfirm>,
            ]
          : []
      }
    >
      <Space orientation="vertical" size={2} style={{ minWidth: 0 }}>
        <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
          {item.title}
        </Typography.Text>
        <Space size={6} wrap>
          <ActionItemState state={item.state} overdue={item.isOverdue} />
          <Typography.Text type="secondary">
            {item.ownerOrganisation.name} · {t('meeting.action.dueAt')} {formatTime(item.dueAt)}
          </Typography.Text>
        </Space>
        {showMeeting && <Typography.Text type="secondary">{item.meetingTitle}</Typography.Text>}
        {item.completionNote && <Typography.Text>{item.completionNote}</Typography.Text>}
      </Space>
    </List.Item>
  );
}

/** Action items with their state, overdue highlighting and, for who may, the completion button. */
export function ActionItemList({ items, showMeeting }: { items: readonly Item[]; showMeeting?: boolean }) {
  const { t } = useI18n();
  return (
    <List
      size="small"
      dataSource={items as Item[]}
      locale={{ emptyText: t('meeting.action.empty') }}
      renderItem={(item, i) => <Row key={i} item={item} showMeeting={showMeeting} />}
    />
  );
}

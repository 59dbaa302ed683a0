import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Descriptions, Divider, Form, Input, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useErrorText } from '../../../app/errors';
import { formatTime } from '../../../app/format';
import { useViewer } from '../../../app/viewer';
import type { TicketTextPart } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import {
  HideTicketTextDocument,
  RecordTicketCallbackDocument,
  TicketBoardPanelDocument,
  UnhideTicketTextDocument,
} from '../graphql/board';
import { CallbackModal, type CallbackValues } from './CallbackModal';

const PARTS: TicketTextPart[] = ['TITLE', 'BODY'];
const SHOWN_IN = ['ACCEPTED', 'REPLIED', 'ESCALATED', 'IN_MEETING', 'RESOLVED'];

/**
 * The ticket drawer's 公示与回访 part: its number and 我也遇到 count; which texts are hidden from the
 * public form (hide with a reason, show again); its call-backs and the call-back dialog.
 */
export function TicketBoardPanel({ ticketId, onChanged }: { ticketId: string; onChanged(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  // Community, street and system staff (the desk); property staff and committees do not moderate.
  const desk = useViewer().may('board.moderate');
  const { data, refetch } = useQuery(TicketBoardPanelDocument, {
    variables: { id: ticketId },
    fetchPolicy: 'cache-and-network',
    skip: !desk,
  });
  const [hide, hiding] = useMutation(HideTicketTextDocument);
  const [unhide, unhiding] = useMutation(UnhideTicketTextDocument);
  const [record, recording] = useMutation(RecordTicketCallbackDocument);
  const [hidePart, setHidePart] = useState<TicketTextPart | null>(null);
  const [callbackOpen, setCallbackOpen] = useState(false);
  const [hideForm] = Form.useForm<{ reason: string }>();
  const ticket = data?.ticket;
  if (!desk || !ticket) return null;

  const done = async () => {
    await refetch();
    onChanged();
  };
  const attempt = async (work: () => Promise<unknown>) => {
    try {
      await work();
      message.success(t('common.saved'));
      await done();
      return true;
    } catch (err) {
      message.error(errorText(err));
      return false;
    }
  };
  const submitHide = async ({ reason }: { reason: string }) => {
    if (!hidePart) return;
    if (await attempt(() => hide({ variables: { input: { ticketId, part: hidePart, reason: reason.trim() } } })))
      setHidePart(null);
  };
  const submitCallback = async (v: CallbackValues) => {
    const ok = await attempt(() =>
      record({
        variables: {
          input: {
            ticketId,
            expectedVersion: ticket.version,
            reached: v.reached,
            satisfaction: v.reached ? (v.satisfaction ?? null) : null,
            note: v.note?.trim() || null,
            reopen: Boolean(v.reached && v.satisfaction === 'DISSATISFIED' && v.reopen),
          },
        },
      }),
    );
    if (ok) setCallbackOpen(false);
  };
  const hidden = (p: TicketTextPart) => ticket.hiddenParts.find((h) => h.part === p);
  const public_ = SHOWN_IN.includes(ticket.state);

  return (
    <div data-testid="ticket-board-panel">
      <Divider titlePlacement="start" style={{ margin: '16px 0 12px' }}>
        {t('board.panel.title')}
      </Divider>
      <Descriptions size="small" column={1} bordered styles={{ label: { whiteSpace: 'nowrap' } }}>
        <Descriptions.Item label={t('board.panel.number')}>{ticket.number}</Descriptions.Item>
        <Descriptions.Item label={t('board.panel.meToo')}>
          {t('board.panel.meTooCount', { n: ticket.meTooCount })}
        </Descriptions.Item>
        <Descriptions.Item label={t('board.panel.publicForm')}>
          <Space orientation="vertical" size={6} style={{ width: '100%' }}>
            {PARTS.map((p) => {
              const h = hidden(p);
              return (
                <Space key={p} size={6} wrap data-testid={`public-${p}`}>
                  <Typography.Text>{t(`board.panel.part.${p}`)}</Typography.Text>
                  <Tag color={h ? 'red' : public_ ? 'green' : 'default'}>
                    {h ? t('board.panel.hidden') : t('board.panel.shown')}
                  </Tag>
                  {h && <Typography.Text type="secondary">{h.reason}</Typography.Text>}
                  {h ? (
                    <Button
                      size="small"
                      loading={unhiding.loading}
                      onClick={() => attempt(() => unhide({ variables: { input: { ticketId, part: p } } }))}
                    >
                      {t('board.panel.unhide')}
                    </Button>
                  ) : (
                    <Button
                      size="small"
                      danger
                      onClick={() => {
                        hideForm.resetFields();
                        setHidePart(p);
                      }}
                    >
                      {t('board.panel.hide')}
                    </Button>
                  )}
                </Space>
              );
            })}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('board.panel.callbacks')}>
          <Space orientation="vertical" size={6} style={{ width: '100%' }} data-testid="ticket-callbacks">
            {ticket.autoClosedAt && (
              <Tag color="default">{t('board.panel.autoClosed', { time: formatTime(ticket.autoClosedAt) })}</Tag>
            )}
            {ticket.callbacks.length === 0 && (
              <Typography.Text type="secondary">{t('board.panel.noCallbacks')}</Typography.Text>
            )}
            {ticket.callbacks.map((c) => (
              <Space key={c.id} size={6} wrap>
                <Tag color={c.satisfaction === 'DISSATISFIED' ? 'red' : c.reached ? 'green' : 'default'}>
                  {c.reached && c.satisfaction ? t(`board.callback.${c.satisfaction}`) : t('board.callback.reachedNo')}
                </Tag>
                {c.reopened && <Tag color="orange">{t('board.callback.reopened')}</Tag>}
                {c.note && <Typography.Text>{c.note}</Typography.Text>}
                <Typography.Text type="secondary">{formatTime(c.createdAt)}</Typography.Text>
              </Space>
            ))}
            {ticket.viewerCan.callBack && ticket.rating == null && !ticket.autoClosedAt && (
              <Button size="small" type="primary" onClick={() => setCallbackOpen(true)}>
                {t('board.panel.recordCallback')}
              </Button>
            )}
          </Space>
        </Descriptions.Item>
      </Descriptions>
      <Modal
        open={!!hidePart}
        title={`${t('board.panel.hideTitle')} · ${hidePart ? t(`board.panel.part.${hidePart}`) : ''}`}
        okText={t('board.panel.hide')}
        okButtonProps={{ danger: true, loading: hiding.loading }}
        cancelText={t('common.cancel')}
        onCancel={() => setHidePart(null)}
        onOk={() => hideForm.submit()}
        forceRender
      >
        <Form form={hideForm} layout="vertical" onFinish={submitHide} data-testid="hide-form">
          <Form.Item
            name="reason"
            label={t('board.panel.hideReason')}
            rules={[{ required: true, whitespace: true, message: t('error.required') }, { max: 500 }]}
          >
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        </Form>
      </Modal>
      <CallbackModal
        open={callbackOpen}
        loading={recording.loading}
        canReopen={ticket.viewerCan.reopenAfterCallback}
        onCancel={() => setCallbackOpen(false)}
        onSubmit={submitCallback}
      />
    </div>
  );
}

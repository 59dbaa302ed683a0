import { useMutation } from '@apollo/client/react';
import { App, Button, Form, Modal, Radio, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useErrorText } from '../../../app/errors';
import { useI18n } from '../../../i18n';
import { EnterPaperBallotDocument } from '../graphql/vote';
import { uploadFile } from './upload';

type ChoiceValue = 'FOR' | 'AGAINST' | 'ABSTAIN';

/** Staff enter a signed paper ballot: one choice per matter and the scan of the signature. */
export function PaperBallotModal(props: {
  voteId: string;
  voter: { id: string; label: string } | null;
  matters: { id: string; title: string }[];
  onClose(saved: boolean): void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [choices, setChoices] = useState<Record<string, ChoiceValue>>({});
  const [scanId, setScanId] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [enter, { loading }] = useMutation(EnterPaperBallotDocument);
  const complete = props.matters.every((m) => choices[m.id]);

  const save = async () => {
    if (!props.voter) return;
    if (!scanId) {
      message.error(t('vote.paper.scanMissing'));
      return;
    }
    try {
      await enter({
        variables: {
          input: {
            voteId: props.voteId,
            voterId: props.voter.id,
            scanFileId: scanId,
            choices: props.matters.map((m) => ({ matterId: m.id, choice: choices[m.id] as ChoiceValue })),
          },
        },
      });
      message.success(t('vote.paper.saved'));
      setChoices({});
      setScanId(null);
      props.onClose(true);
    } catch (err) {
      message.error(errorText(err));
    }
  };

  return (
    <Modal
      open={Boolean(props.voter)}
      title={t('vote.paper.title', { owner: props.voter?.label ?? '' })}
      onCancel={() => props.onClose(false)}
      onOk={save}
      okButtonProps={{ disabled: !complete || !scanId, loading, 'data-testid': 'paper-save' } as never}
      destroyOnHidden
    >
      <Form layout="vertical">
        {props.matters.map((m, i) => (
          <Form.Item key={m.id} label={`${i + 1}. ${m.title}`} required>
            <Radio.Group
              value={choices[m.id]}
              onChange={(e) => setChoices((c) => ({ ...c, [m.id]: e.target.value }))}
              data-testid={`paper-choice-${i}`}
            >
              {(['FOR', 'AGAINST', 'ABSTAIN'] as const).map((c) => (
                <Radio.Button key={c} value={c}>
                  {t(`vote.choice.${c}`)}
                </Radio.Button>
              ))}
            </Radio.Group>
          </Form.Item>
        ))}
        <Form.Item label={t('vote.paper.scan')} required>
          <Space direction="vertical">
            <Upload
              accept="application/pdf,image/jpeg,image/png,image/webp"
              maxCount={1}
              showUploadList={false}
              beforeUpload={async (file) => {
                setUploading(true);
                try {
                  setScanId(await uploadFile(file));
                } catch (err) {
                  message.error(errorText(err));
                } finally {
                  setUploading(false);
                }
                return false;
              }}
            >
              <Button loading={uploading} data-testid="paper-scan">
                {t('vote.paper.scan')}
              </Button>
            </Upload>
            {scanId ? <Typography.Text type="success">✓ {scanId.slice(0, 8)}</Typography.Text> : null}
          </Space>
        </Form.Item>
      </Form>
    </Modal>
  );
}

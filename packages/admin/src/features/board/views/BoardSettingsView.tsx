import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Form, InputNumber, Select, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { apiError, useErrorText } from '../../../app/errors';
import { ListFilters, ListPage } from '../../../app/list';
import { useI18n } from '../../../i18n';
import { CommunitySelect } from '../components/CommunitySelect';
import { BoardSettingsDocument, SetBoardSettingsDocument } from '../graphql/board';
import { useBoardCommunity } from '../useBoardCommunity';

interface Values {
  blockedWords: string[];
  dailyTicketLimit: number | null;
  autoCloseDays: number | null;
}

/** 公示设置: a community's blocked words, daily limit of new matters per person and auto-close days. */
export function BoardSettingsView() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const { communities, communityId, setCommunity } = useBoardCommunity();
  const { data, loading, error } = useQuery(BoardSettingsDocument, {
    variables: { communityId: communityId ?? '' },
    skip: !communityId,
  });
  const [save, saving] = useMutation(SetBoardSettingsDocument, { refetchQueries: ['BoardSettings'] });
  const settings = data?.boardSettings;
  useEffect(() => {
    if (settings)
      form.setFieldsValue({
        blockedWords: settings.blockedWords,
        dailyTicketLimit: settings.dailyTicketLimit ?? null,
        autoCloseDays: settings.autoCloseDays ?? null,
      });
  }, [settings, form]);

  const submit = async (v: Values) => {
    if (!communityId || !settings) return;
    try {
      await save({
        variables: {
          input: {
            communityId,
            blockedWords: v.blockedWords ?? [],
            dailyTicketLimit: v.dailyTicketLimit ?? null,
            autoCloseDays: v.autoCloseDays ?? null,
            expectedVersion: settings.version,
          },
        },
      });
      message.success(t('common.saved'));
    } catch (err) {
      const e = apiError(err);
      if (e?.field) form.setFields([{ name: e.field as keyof Values, errors: [errorText(err)] }]);
      else message.error(errorText(err));
    }
  };

  return (
    <ListPage
      title={t('board.settings.title')}
      filters={
        communities.length > 1 && (
          <ListFilters>
            <CommunitySelect communities={communities} value={communityId} onChange={setCommunity} />
          </ListFilters>
        )
      }
      error={error}
    >
      <Card loading={loading && !settings} style={{ maxWidth: 640 }}>
        <Form form={form} layout="vertical" onFinish={submit} data-testid="board-settings-form">
          <Form.Item
            name="blockedWords"
            label={t('board.settings.blockedWords')}
            extra={t('board.settings.blockedWordsHelp')}
          >
            <Select
              mode="tags"
              tokenSeparators={[',', '，', ' ']}
              open={false}
              aria-label={t('board.settings.blockedWords')}
            />
          </Form.Item>
          <Form.Item
            name="dailyTicketLimit"
            label={t('board.settings.dailyLimit')}
            extra={t('board.settings.dailyLimitHelp')}
          >
            <InputNumber min={1} max={100} placeholder={t('board.settings.none')} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item
            name="autoCloseDays"
            label={t('board.settings.autoClose')}
            extra={t('board.settings.autoCloseHelp')}
          >
            <InputNumber min={1} max={365} placeholder={t('board.settings.none')} style={{ width: 160 }} />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={saving.loading}>
              {t('common.save')}
            </Button>
            {settings && settings.version > 0 && (
              <Typography.Text type="secondary">v{settings.version}</Typography.Text>
            )}
          </Space>
        </Form>
      </Card>
    </ListPage>
  );
}

import { Button, Image, Input, Switch, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useMemo, useState } from 'react';
import { Card, Chip, ErrorLine, Field, Page } from '../../components/Page';
import { errorText, useT } from '../../lib/i18n';
import { MyHome, TicketCategories } from '../../lib/ops';
import { enqueue, flushOutbox } from '../../lib/outbox';
import { choosePhotosWeapp, compressInBrowser, type Photo } from '../../lib/photo';
import { useQuery } from '../../lib/useQuery';

const MAX_PHOTOS = 9;

/**
 * Raise a matter: category, place (my verified home's estate and building, or words), title and
 * details, photos from the camera (compressed here before upload), anonymity. Goes through the outbox:
 * offline it is kept and sent when the connection returns.
 */
export default function Raise() {
  const { t, locale } = useT();
  const home = useQuery(MyHome, {}, 'home');
  const bindings = (home.data?.data.myHouseholdBindings ?? []).filter((b) => b.status === 'APPROVED');
  const [bindingId, setBindingId] = useState<string | null>(null);
  const binding = bindings.find((b) => b.id === bindingId) ?? bindings[0];
  const communityId = binding?.estate.community.id ?? '';
  const cats = useQuery(TicketCategories, { communityId }, `categories.${communityId}`, !communityId);
  const categories = useMemo(() => (cats.data?.data.ticketCategories ?? []).filter((c) => c), [cats.data]);
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [place, setPlace] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [photos, setPhotos] = useState<Photo[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onFiles(files: FileList | null) {
    if (!files) return;
    try {
      const room = MAX_PHOTOS - photos.length;
      const next = await Promise.all([...files].slice(0, room).map((f) => compressInBrowser(f)));
      setPhotos((p) => [...p, ...next]);
    } catch (e) {
      setError(String((e as Error).message));
    }
  }

  async function addPhotoWeapp() {
    try {
      const next = await choosePhotosWeapp(MAX_PHOTOS - photos.length);
      setPhotos((p) => [...p, ...next]);
    } catch {
      /* cancelled */
    }
  }

  async function submit() {
    setError(null);
    if (!binding) return;
    if (!categoryId) return setError(t('required', { field: t('category') }));
    if (!title.trim()) return setError(t('required', { field: t('title') }));
    if (!body.trim()) return setError(t('required', { field: t('body') }));
    setBusy(true);
    const m = enqueue({
      input: {
        categoryId,
        communityId,
        estateId: binding.estate.id,
        buildingId: binding.household.building.id,
        title: title.trim(),
        body: body.trim(),
        locationText: place.trim() || undefined,
        anonymous,
      },
      photos: photos.map((p) => p.data),
    });
    const r = await flushOutbox();
    setBusy(false);
    const sent = r.sent.find((s) => s.key === m.idempotencyKey);
    if (sent) {
      void Taro.showToast({ title: t('submitted'), icon: 'success' });
      void Taro.redirectTo({ url: `/pages/matter/matter?id=${sent.ticketId}` });
    } else if (r.offline) {
      void Taro.showToast({ title: t('savedOffline'), icon: 'none', duration: 3000 });
      void Taro.reLaunch({ url: '/pages/matters/matters' });
    } else {
      void Taro.reLaunch({ url: '/pages/matters/matters' });
    }
  }

  return (
    <Page title={t('raiseTitle')}>
      {home.error && !home.data ? <ErrorLine text={errorText(t, home.error)} /> : null}
      {bindings.length > 1 && (
        <Card title={t('myHome')}>
          <View className="rt-chips">
            {bindings.map((b) => (
              <Chip key={b.id} on={b.id === binding?.id} onClick={() => setBindingId(b.id)}>
                {b.estate.name} {b.household.label}
              </Chip>
            ))}
          </View>
        </Card>
      )}
      <Card title={t('category')}>
        <View className="rt-chips">
          {categories.map((c) => (
            <Chip key={c.id} on={c.id === categoryId} onClick={() => setCategoryId(c.id)}>
              {locale === 'en-US' ? c.nameEn : c.nameZh}
            </Chip>
          ))}
        </View>
      </Card>
      <Card>
        <Field label={t('title')}>
          <Input
            className="rt-input"
            placeholder={t('title')}
            maxlength={60}
            value={title}
            onInput={(e) => setTitle(e.detail.value)}
          />
        </Field>
        <Field label={t('body')}>
          <Textarea
            className="rt-textarea"
            placeholder={t('body')}
            maxlength={2000}
            value={body}
            onInput={(e) => setBody(e.detail.value)}
          />
        </Field>
        <Field label={t('place')}>
          <View className="rt-muted">{binding ? `${binding.estate.name} ${binding.household.building.name}` : ''}</View>
          <Input
            className="rt-input"
            placeholder={t('placeHint')}
            value={place}
            onInput={(e) => setPlace(e.detail.value)}
          />
        </Field>
        <Field label={t('photos')}>
          <View className="rt-photos">
            {photos.map((p, i) => (
              <Image
                key={p.src.slice(-24) + String(i)}
                className="rt-photo"
                src={p.src}
                mode="aspectFill"
                onClick={() => setPhotos(photos.filter((_, j) => j !== i))}
              />
            ))}
          </View>
          {photos.length < MAX_PHOTOS &&
            (process.env.TARO_ENV === 'h5' ? (
              <label className="rt-btn rt-btn-plain rt-btn-small" style={{ display: 'inline-block' }}>
                {t('addPhoto')}
                <input
                  type="file"
                  accept="image/*"
                  capture="environment"
                  multiple
                  style={{ display: 'none' }}
                  data-testid="photo-input"
                  onChange={(e) => void onFiles((e.target as HTMLInputElement).files)}
                />
              </label>
            ) : (
              <Button className="rt-btn rt-btn-plain rt-btn-small" onClick={addPhotoWeapp}>
                {t('addPhoto')}
              </Button>
            ))}
        </Field>
        <View className="rt-row" style={{ justifyContent: 'space-between' }}>
          <View>{t('anonymous')}</View>
          <Switch checked={anonymous} color="#b71c1c" onChange={(e) => setAnonymous(e.detail.value)} />
        </View>
        <ErrorLine text={error} />
        <Button
          className={`rt-btn${busy || !binding ? ' rt-btn-off' : ''}`}
          disabled={busy || !binding}
          onClick={submit}
        >
          {t('submit')}
        </Button>
      </Card>
    </Page>
  );
}

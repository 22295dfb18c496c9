import { Alert, Button, CopyButton, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconCheck, IconCopy, IconDownload, IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The recovery codes, shown once after they are made: copy, download as .txt, then confirm. */
export function RecoveryCodesPanel(props: { codes: string[]; email: string; onDone: () => void }) {
  const { t } = useTranslation();
  const fileText = [
    t('twoFactor.codesFileTitle', { email: props.email }),
    '',
    ...props.codes,
    '',
    t('twoFactor.codesFileNote'),
    '',
  ].join('\n');

  const download = () => {
    const url = URL.createObjectURL(new Blob([fileText], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'rapport-recovery-codes.txt';
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <Alert variant="light" color="yellow" icon={<IconKey size={18} />} title={t('twoFactor.codesTitle')}>
      <Stack gap="sm">
        <Text size="sm">{t('twoFactor.codesBody')}</Text>
        <SimpleGrid
          cols={2}
          spacing="xs"
          verticalSpacing={4}
          maw={320}
          ff="monospace"
          fz="md"
          data-testid="recovery-codes"
        >
          {props.codes.map((code) => (
            <Text key={code} ff="monospace" fz="md">
              {code}
            </Text>
          ))}
        </SimpleGrid>
        <Group gap="sm">
          <CopyButton value={props.codes.join('\n')}>
            {({ copied, copy }) => (
              <Button
                variant="default"
                size="xs"
                onClick={copy}
                leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
              >
                {copied ? t('twoFactor.copied') : t('twoFactor.copy')}
              </Button>
            )}
          </CopyButton>
          <Button variant="default" size="xs" onClick={download} leftSection={<IconDownload size={14} />}>
            {t('twoFactor.download')}
          </Button>
          <Button size="xs" onClick={props.onDone}>
            {t('twoFactor.saved')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

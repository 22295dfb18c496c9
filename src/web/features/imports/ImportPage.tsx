import { Alert, Group, Stepper, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { AnchorLink } from '../../components/links.js';
import { RecordSkeleton } from '../../components/Skeletons.js';
import { canOnRecord, useSession } from '../../lib/session.js';
import type { RecordType } from '../../records/record-type.js';
import { useImport, type Import } from './import-queries.js';
import { ImportProgress } from './ImportProgress.js';
import { MappingStep } from './MappingStep.js';
import { PreviewStep } from './PreviewStep.js';
import { UploadStep } from './UploadStep.js';

/**
 * Importing records of a type from a CSV or vCard file, in four steps: the file, its columns' fields
 * and how rows meet existing records, a preview of the first rows, and the import's progress. The
 * import's id is in the address (`/people/import?id=…`), so a reload or a link from the list of recent
 * imports returns to where it stands.
 */
export function ImportPage({ type, importId }: { type: RecordType; importId: string | null }) {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const open = (id: string | null) => void navigate(type.importLink(id ?? undefined));
  const mayCreate = canOnRecord(session, type.module, 'create', session.user.id);
  return (
    <>
      <Group justify="space-between" mb="md">
        <Title order={1} size="h2">
          {t(type.text('import'))}
        </Title>
        <AnchorLink to={type.routePath} size="sm">
          {t('imports.backToList', { list: t(type.text('title')) })}
        </AnchorLink>
      </Group>
      {!mayCreate ? (
        <Alert color="gray" icon={<IconLock size={18} />}>
          {t('imports.mayNotImport')}
        </Alert>
      ) : importId ? (
        <ImportSteps type={type} id={importId} onRestart={() => open(null)} />
      ) : (
        <>
          <Steps active={0} />
          <UploadStep type={type} onUploaded={(item) => open(item.id)} onOpen={open} />
        </>
      )}
    </>
  );
}

function Steps({ active }: { active: number }) {
  const { t } = useTranslation();
  return (
    <Stepper active={active} size="sm" mb="lg" allowNextStepsSelect={false}>
      <Stepper.Step label={t('imports.stepFile')} />
      <Stepper.Step label={t('imports.stepMapping')} />
      <Stepper.Step label={t('imports.stepPreview')} />
      <Stepper.Step label={t('imports.stepImport')} />
    </Stepper>
  );
}

function ImportSteps({ type, id, onRestart }: { type: RecordType; id: string; onRestart: () => void }) {
  const item = useImport(id);
  const [step, setStep] = useState<'mapping' | 'preview'>('mapping');
  if (item.isPending) return <RecordSkeleton />;
  if (item.isError) return <ErrorAlert error={item.error} />;
  const current: Import = item.data;
  if (current.status !== 'draft')
    return (
      <>
        <Steps active={current.status === 'done' ? 4 : 3} />
        <ImportProgress type={type} item={current} onRestart={onRestart} />
      </>
    );
  return step === 'mapping' ? (
    <>
      <Steps active={1} />
      <MappingStep type={type} item={current} onNext={() => setStep('preview')} onBack={onRestart} />
    </>
  ) : (
    <>
      <Steps active={2} />
      <PreviewStep type={type} item={current} onBack={() => setStep('mapping')} />
    </>
  );
}

import { writeJson } from '../db/database.js';
import type { Activity } from '../modules/activities/activities.record.js';
import { noteExcerpt } from '../modules/timeline/timeline.writer.js';
import type { BulkTable } from './bulk-insert.js';
import { Prng } from './prng.js';
import type { SeededPerson } from './seed-generator.js';
import { cryptoBits, uuidv7At } from './seed-ids.js';

/**
 * Activities for seeded people: about ten each (calls, emails, meetings, tasks, notes) after the
 * person was created, in the person's language, owned by the person's owner; tasks past their due time
 * and meetings mostly done (held), later ones open, so "My day" has overdue, today's and upcoming work. Each is written
 * with its events on the person's timeline and on the company's, as the activities module writes
 * them. Drawn from a random stream of its own, so people and companies stay what the seed made them.
 */

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;

type Kind = 'call' | 'email' | 'meeting' | 'task';
const KINDS: Kind[] = ['call', 'email', 'meeting', 'task'];
/** Cumulative weights of calls, emails, meetings and tasks. */
const KIND_WEIGHTS = [0.35, 0.6, 0.75, 1];

const SUBJECTS: Record<string, Record<Kind, string[]>> = {
  en: {
    call: ['Intro call', 'Follow-up on the offer', 'Pricing questions', 'Check-in call'],
    email: ['Sent the brochure', 'Offer and terms', 'Meeting recap'],
    meeting: ['Product demo', 'Contract review', 'Quarterly review'],
    task: ['Send the quote', 'Call back about delivery', 'Prepare the contract', 'Follow up on the invoice'],
  },
  bg: {
    call: ['Първо обаждане', 'Проследяване на офертата', 'Въпроси за цените'],
    email: ['Изпратена брошура', 'Оферта и условия'],
    meeting: ['Демонстрация на продукта', 'Преглед на договора'],
    task: ['Изпрати офертата', 'Обади се за доставката', 'Подготви договора'],
  },
  ru: {
    call: ['Первый звонок', 'Уточнение по предложению', 'Вопросы по ценам'],
    email: ['Отправлен каталог', 'Предложение и условия'],
    meeting: ['Демонстрация продукта', 'Обсуждение договора'],
    task: ['Отправить предложение', 'Перезвонить насчёт поставки', 'Подготовить договор'],
  },
  sk: {
    call: ['Úvodný hovor', 'Doplnenie k ponuke', 'Otázky k cenám'],
    email: ['Poslaná brožúra', 'Ponuka a podmienky'],
    meeting: ['Ukážka produktu', 'Prejdenie zmluvy'],
    task: ['Poslať ponuku', 'Zavolať kvôli dodávke', 'Pripraviť zmluvu'],
  },
  pt: {
    call: ['Chamada inicial', 'Seguimento da proposta', 'Dúvidas sobre preços'],
    email: ['Enviado o catálogo', 'Proposta e condições'],
    meeting: ['Demonstração do produto', 'Revisão do contrato'],
    task: ['Enviar a proposta', 'Ligar sobre a entrega', 'Preparar o contrato'],
  },
  pl: {
    call: ['Rozmowa wstępna', 'Dopytanie o ofertę', 'Pytania o ceny'],
    email: ['Wysłano katalog', 'Oferta i warunki'],
    meeting: ['Prezentacja produktu', 'Omówienie umowy'],
    task: ['Wyślij ofertę', 'Oddzwoń w sprawie dostawy', 'Przygotuj umowę'],
  },
};

const LANGUAGE_OF: Record<string, string> = { BG: 'bg', RU: 'ru', SK: 'sk', PT: 'pt', BR: 'pt', PL: 'pl' };
const OUTCOMES = ['connected', 'connected', 'connected', 'no_answer', 'voicemail', 'busy'];
const PLACES = ['Office', 'Online', 'Customer site'];

export interface SeededTimelineEvent {
  id: string;
  recordType: string;
  recordId: string;
  kind: string;
  occurredAt: string;
  actorId: string | null;
  subjectType: string | null;
  subjectId: string | null;
  refId: string;
  refOwnerId: string | null;
  data: Record<string, unknown>;
}

export class ActivitySeeder {
  private readonly rng: Prng;
  private readonly idBits: () => number;

  constructor(
    seed: string,
    private readonly now: number,
    private readonly perPerson: number,
    idBits?: () => number,
  ) {
    this.rng = new Prng(`${seed}:activities`);
    this.idBits = idBits ?? cryptoBits();
  }

  /** The activities of a batch of people, and their timeline events. */
  forPeople(people: SeededPerson[]) {
    const activities: Activity[] = [];
    const events: SeededTimelineEvent[] = [];
    for (const { person } of people) {
      const count = this.rng.int(Math.floor(this.perPerson / 2), Math.ceil((this.perPerson * 3) / 2));
      for (let i = 0; i < count; i++) {
        const activity = this.activity(person);
        activities.push(activity);
        events.push(...timelineEventsOf(activity, this.idBits));
      }
    }
    return { activities, events };
  }

  private activity(person: SeededPerson['person']): Activity {
    const kind = KINDS[this.rng.weightedIndex(KIND_WEIGHTS)]!;
    const words = SUBJECTS[LANGUAGE_OF[person.country ?? ''] ?? 'en']!;
    const createdMs = this.rng.int(Date.parse(person.createdAt), this.now - 1000);
    const created = new Date(createdMs).toISOString();
    const planned = kind === 'task' || kind === 'meeting';
    // Planned work is due a few hours to two weeks after it was written down.
    const dueMs = planned ? createdMs + this.rng.int(2 * HOUR, 14 * DAY) : createdMs;
    const due = new Date(dueMs).toISOString();
    const done = !planned || (dueMs < this.now && this.rng.chance(0.85));
    return {
      id: uuidv7At(createdMs, this.idBits),
      type: kind,
      subject: this.rng.pick(words[kind]),
      body: null,
      dueAt: due,
      endAt: kind === 'meeting' ? new Date(dueMs + this.rng.pick([30, 60, 90]) * 60_000).toISOString() : null,
      completedAt: done ? (planned ? due : created) : null,
      personId: person.id,
      companyId: person.companyId,
      dealId: null,
      recordType: null,
      recordId: null,
      priority: kind === 'task' ? this.rng.pick(['low', 'normal', 'normal', 'high']) : null,
      direction: kind === 'call' || kind === 'email' ? this.rng.pick(['out', 'out', 'in']) : null,
      durationMinutes: kind === 'call' ? this.rng.int(1, 45) : null,
      outcome: kind === 'call' ? this.rng.pick(OUTCOMES) : null,
      location: kind === 'meeting' ? this.rng.pick(PLACES) : null,
      attendees: [],
      recurrence: null,
      remindAt: null,
      remindedAt: null,
      ownerId: person.ownerId,
      tags: [],
      custom: {},
      version: 1,
      createdAt: created,
      updatedAt: created,
      deletedAt: null,
    };
  }
}

const EVENT_KIND: Record<string, string> = {
  call: 'call',
  email: 'email_logged',
  meeting: 'meeting',
  task: 'task',
};

/** An activity's "added" event on its person's timeline, and a copy on its company's. */
function timelineEventsOf(activity: Activity, idBits: () => number): SeededTimelineEvent[] {
  const at = Date.parse(activity.createdAt);
  const data = {
    action: 'added',
    subject: activity.subject,
    excerpt: activity.body ? noteExcerpt(activity.body) : null,
    dueAt: activity.dueAt,
    endAt: activity.endAt,
    completedAt: activity.completedAt,
    direction: activity.direction,
    durationMinutes: activity.durationMinutes,
    outcome: activity.outcome,
    location: activity.location,
    priority: activity.priority,
  };
  const common = {
    kind: EVENT_KIND[activity.type]!,
    occurredAt: activity.createdAt,
    actorId: activity.ownerId,
    refId: activity.id,
    refOwnerId: activity.ownerId,
    data,
  };
  const events: SeededTimelineEvent[] = [
    {
      ...common,
      id: uuidv7At(at, idBits),
      recordType: 'person',
      recordId: activity.personId!,
      subjectType: null,
      subjectId: null,
    },
  ];
  if (activity.companyId)
    events.push({
      ...common,
      id: uuidv7At(at, idBits),
      recordType: 'company',
      recordId: activity.companyId,
      subjectType: 'person',
      subjectId: activity.personId,
    });
  return events;
}

export function timelineEventTable(workspaceId: string): BulkTable<SeededTimelineEvent> {
  return {
    table: 'timeline_events',
    columns: [
      'workspace_id',
      'id',
      'record_type',
      'record_id',
      'kind',
      'occurred_at',
      'actor_type',
      'actor_id',
      'subject_type',
      'subject_id',
      'ref_type',
      'ref_id',
      'ref_owner_id',
      'data',
    ],
    values: (e) => [
      workspaceId,
      e.id,
      e.recordType,
      e.recordId,
      e.kind,
      e.occurredAt,
      'user',
      e.actorId,
      e.subjectType,
      e.subjectId,
      'activity',
      e.refId,
      e.refOwnerId,
      writeJson(e.data),
    ],
  };
}

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../lib/errors.js';
import { errorResponses, idParams } from '../../lib/http-schemas.js';
import { requireActor } from '../../lib/request-context.js';
import { attachmentDisposition } from '../files/files.names.js';
import { activityType } from './activities.record.js';
import {
  calendarFeedText,
  getCalendarFeedState,
  getMyDay,
  meetingIcs,
  MY_DAY_LIMIT,
  removeCalendarFeed,
  rotateCalendarFeed,
} from './activities.service.js';
import { isTimeZone } from './recurrence.js';

const tags = ['activities'];

const myDayPart = z.object({
  data: z.array(activityType.schema),
  more: z.boolean().describe(`True when there are more than the ${MY_DAY_LIMIT} shown`),
});

const myDay = z.object({
  timeZone: z.string(),
  today: z.string().describe('When today began in that zone'),
  overdue: myDayPart.describe('Open activities due before today, oldest first'),
  todays: myDayPart.describe('Open activities due today'),
  upcoming: myDayPart.describe('Those due in the next seven days'),
});

const calendarFeed = z.object({
  active: z.boolean(),
  createdAt: z.string().nullable(),
  url: z.string().optional().describe('The secret address; shown only when it is made'),
});

const calendar = (description: string) => ({
  description,
  content: { 'text/calendar': { schema: z.string() } },
});

export const activityRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;

  app.get(
    '/my-day',
    {
      schema: {
        operationId: 'getMyDay',
        tags,
        summary: "The caller's open tasks, calls and meetings: overdue, today and upcoming",
        querystring: z.object({
          timeZone: z
            .string()
            .max(64)
            .refine(isTimeZone, { message: 'must be a time zone such as Europe/Sofia' })
            .default('UTC')
            .describe('Where "today" is'),
        }),
        response: { 200: myDay, ...errorResponses },
      },
    },
    async (request) => getMyDay(db, requireActor(request), request.query.timeZone),
  );

  app.get(
    '/activities/:id/ics',
    {
      schema: {
        operationId: 'getMeetingIcs',
        tags,
        summary: 'A meeting as an iCalendar (.ics) file',
        params: idParams,
        response: { 200: calendar('The meeting as one VEVENT'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const text = await meetingIcs(db, requireActor(request), request.params.id);
      return reply
        .headers({
          'content-type': 'text/calendar; charset=utf-8',
          'content-disposition': attachmentDisposition('meeting.ics'),
        })
        .send(text);
    },
  );

  app.get(
    '/calendar-feed',
    {
      schema: {
        operationId: 'getCalendarFeed',
        tags,
        summary: 'Whether the caller has a calendar feed (its address is shown only when it is made)',
        response: { 200: calendarFeed, ...errorResponses },
      },
    },
    async (request) => getCalendarFeedState(db, requireActor(request)),
  );

  app.post(
    '/calendar-feed',
    {
      schema: {
        operationId: 'rotateCalendarFeed',
        tags,
        summary: 'Make a new secret calendar address; the previous one stops working',
        response: { 200: calendarFeed, ...errorResponses },
      },
    },
    async (request) => rotateCalendarFeed(db, requireActor(request)),
  );

  app.delete(
    '/calendar-feed',
    {
      schema: {
        operationId: 'deleteCalendarFeed',
        tags,
        summary: 'Turn the calendar feed off; its address answers 404',
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await removeCalendarFeed(db, requireActor(request));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/calendar/:file',
    {
      schema: {
        operationId: 'getCalendarFeedFile',
        tags,
        summary: "A member's meetings and tasks as an iCalendar feed, at a secret address",
        description:
          'No session or key: the address is the secret. Meetings are VEVENTs, tasks VTODOs, the last ' +
          '90 days and everything ahead; times in UTC.',
        security: [],
        params: z.object({ file: z.string().max(100).describe('`<secret>.ics`') }),
        response: { 200: calendar('The calendar'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const token = /^([A-Za-z0-9_-]{43})\.ics$/.exec(request.params.file)?.[1];
      const text = token ? await calendarFeedText(db, token) : null;
      if (!text) throw notFound('Calendar');
      return reply
        .headers({ 'content-type': 'text/calendar; charset=utf-8', 'cache-control': 'no-store' })
        .send(text);
    },
  );
};

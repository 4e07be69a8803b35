import { memberAgencies, TaskForceState } from '@hstf/domain';
import { AGGREGATES } from '../commands/aggregates';
import { CommandRequest, commandsOf, idParam } from '../commands/command-spec';
import { newAggregateId } from '../commands/new-aggregate-id';
import {
  DenyRemissionPetitionDto,
  FileRemissionPetitionDto,
  GrantRemissionPetitionDto,
  OpenForfeitureDto,
  PayRemissionPetitionDto,
  PlaceInRemissionPoolDto,
  RecordForfeitureOrderDto,
  ReviewRemissionPetitionDto,
} from './forfeiture.dto';

const forfeiture = commandsOf(AGGREGATES.forfeiture);

/** The petition a route names (`:petition`), validated as a reference by the controller. */
const petitionParam = ({ params }: CommandRequest<unknown>): string => params.petition;

// Only the opening names an agency (the seizing one, for which a liaison must act). The other commands
// are done for the actor's own agency, and the decider checks it against the forfeiture: the seizing
// agency records the order, DOJ-MLARS the pool and the rulings, CCHT the petitions.

/**
 * The Forfeiture aggregate's commands: a forfeiture action from seizure to the remission pool, and the
 * survivors' petitions paid from it. A POST that adds a record answers 201, one that moves a record 200.
 */
export const FORFEITURE_COMMANDS = {
  open: forfeiture('OpenForfeiture', {
    route: 'POST /forfeitures',
    status: 201,
    mode: 'create',
    id: ({ body, context }: CommandRequest<OpenForfeitureDto>) =>
      body.forfeitureId ?? newAggregateId(context, 'forfeiture'),
    actsFor: ({ body }) => body.seizingAgency,
    agencies: (body) => [{ field: 'seizingAgency', code: body.seizingAgency }],
    // Only a member agency of the task force seizes for its cases: read in each attempt, for the pure decider.
    context: async (load, { body }) =>
      memberAgencies((await load(AGGREGATES.taskForce, body.taskForce)).state as TaskForceState),
    data: ({ id, body }, members) => ({
      forfeitureId: id,
      caseReference: body.caseReference,
      court: body.court,
      taskForce: body.taskForce,
      seizingAgency: body.seizingAgency,
      assets: body.assets.map(({ kind, value, description }) => ({
        kind,
        value,
        ...(description === undefined ? {} : { description }),
      })),
      context: { taskForceMembers: members },
    }),
    location: (id) => `/forfeitures/${id}`,
  }),
  order: forfeiture('RecordForfeitureOrder', {
    route: 'POST /forfeitures/:id/order',
    status: 200,
    mode: 'update',
    id: idParam<RecordForfeitureOrderDto>,
    data: ({ id, body }) => ({
      forfeitureId: id,
      orderReference: body.orderReference,
      amountForfeited: body.amountForfeited,
    }),
  }),
  place: forfeiture('PlaceInRemissionPool', {
    route: 'POST /forfeitures/:id/pool-placements',
    status: 201,
    mode: 'update',
    id: idParam<PlaceInRemissionPoolDto>,
    data: ({ id, body }) => ({
      forfeitureId: id,
      placementReference: body.placementReference,
      amount: body.amount,
    }),
  }),
  file: forfeiture('FileRemissionPetition', {
    route: 'POST /forfeitures/:id/petitions',
    status: 201,
    mode: 'update',
    id: idParam<FileRemissionPetitionDto>,
    data: ({ id, body }) => ({
      forfeitureId: id,
      petitionReference: body.petitionReference,
      ...(body.referralId === undefined ? {} : { referralId: body.referralId }),
    }),
  }),
  review: forfeiture('ReviewRemissionPetition', {
    route: 'POST /forfeitures/:id/petitions/:petition/review',
    status: 200,
    mode: 'update',
    id: idParam<ReviewRemissionPetitionDto>,
    data: (request) => ({ forfeitureId: request.id, petitionReference: petitionParam(request) }),
  }),
  grant: forfeiture('GrantRemissionPetition', {
    route: 'POST /forfeitures/:id/petitions/:petition/grant',
    status: 200,
    mode: 'update',
    id: idParam<GrantRemissionPetitionDto>,
    data: (request) => ({
      forfeitureId: request.id,
      petitionReference: petitionParam(request),
      amount: request.body.amount,
    }),
  }),
  deny: forfeiture('DenyRemissionPetition', {
    route: 'POST /forfeitures/:id/petitions/:petition/denial',
    status: 200,
    mode: 'update',
    id: idParam<DenyRemissionPetitionDto>,
    data: (request) => ({
      forfeitureId: request.id,
      petitionReference: petitionParam(request),
      reason: request.body.reason,
    }),
  }),
  pay: forfeiture('PayRemissionPetition', {
    route: 'POST /forfeitures/:id/petitions/:petition/payment',
    status: 200,
    mode: 'update',
    id: idParam<PayRemissionPetitionDto>,
    data: (request) => ({
      forfeitureId: request.id,
      petitionReference: petitionParam(request),
      paymentReference: request.body.paymentReference,
    }),
  }),
};

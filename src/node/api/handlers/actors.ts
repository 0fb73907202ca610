import type { actorMethods } from '../../../shared/api/methods/actors';
import type { incidentMethods } from '../../../shared/api/methods/incidents';
import { addAlias, createActor, deleteActor, getActor, listActors, matchActors, mergeActors, removeAlias, updateActor } from '../../services/actors';
import { createIncident, deleteIncident, getIncidentWithEvidence, incidentTimeline, listIncidents, updateIncident } from '../../services/incidents';
import { createLink, deleteLink, listLinks } from '../../services/links';
import type { HandlersFor } from './types';

export const actorHandlers: HandlersFor<keyof typeof actorMethods | keyof typeof incidentMethods> = {
  'actors.list': (input, ws) => ({ actors: listActors(ws.ctx, input) }),
  'actors.get': (input, ws) => getActor(ws.ctx, input.id),
  'actors.create': (input, ws) => createActor(ws.ctx, input),
  'actors.update': (input, ws) => updateActor(ws.ctx, input.id, input.patch),
  'actors.delete': (input, ws) => deleteActor(ws.ctx, input.id),
  'actors.addAlias': (input, ws) => addAlias(ws.ctx, input.actorId, { alias: input.alias, language: input.language }),
  'actors.removeAlias': (input, ws) => removeAlias(ws.ctx, input.actorId, input.aliasId),
  'actors.merge': (input, ws) => mergeActors(ws.ctx, input.sourceId, input.targetId),
  'actors.match': (input, ws) => ({ matches: matchActors(ws.ctx, input.name) }),
  'incidents.list': (input, ws) => ({ incidents: listIncidents(ws.ctx, input) }),
  'incidents.get': (input, ws) => getIncidentWithEvidence(ws.ctx, input.id),
  'incidents.create': (input, ws) => createIncident(ws.ctx, input),
  'incidents.update': (input, ws) => updateIncident(ws.ctx, input.id, input.patch),
  'incidents.delete': (input, ws) => deleteIncident(ws.ctx, input.id),
  'incidents.timeline': (input, ws) => ({ items: incidentTimeline(ws.ctx, input.caseId) }),
  'links.list': (input, ws) => ({ links: listLinks(ws.ctx, input.type, input.id) }),
  'links.create': (input, ws) => createLink(ws.ctx, input),
  'links.delete': (input, ws) => deleteLink(ws.ctx, input.id),
};

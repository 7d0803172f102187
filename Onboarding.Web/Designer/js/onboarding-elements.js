// Limits the modeler to the elements our engine runs (Onboarding.Workflows/Bpmn/NodeFactory.cs):
// the palette, the context pad's "append" entries and the "change element" menu offer nothing else,
// so an ops lead cannot draw a playbook that would only fail validation.

// The "change element" menu entries kept, by bpmn-js action name (replace-with-<PopupEntries id>).
const REPLACEMENTS = new Set([
  'replace-with-user-task',
  'replace-with-service-task',
  'replace-with-task',
  'replace-with-exclusive-gateway',
  'replace-with-parallel-gateway',
  'replace-with-subprocess',
  'replace-with-expanded-subprocess',
  'replace-with-none-start',
  'replace-with-none-end',
  'replace-with-terminate-end',
  'replace-with-error-end',
  'replace-with-message-intermediate-catch',
  'replace-with-timer-intermediate-catch',
  'replace-with-timer-boundary',
  'replace-with-non-interrupting-timer-boundary',
  'replace-with-error-boundary',
  'replace-with-sequence-flow',
  'replace-with-default-flow',
  'replace-with-conditional-flow',
]);

// The palette in this order: bpmn-js's tools and its start, end, exclusive gateway and sub-process entries, and ours.
const PALETTE_ORDER = [
  'hand-tool', 'lasso-tool', 'space-tool', 'global-connect-tool', 'tool-separator',
  'create.start-event', 'create.end-event', 'create.message-catch', 'create.timer-catch',
  'create.exclusive-gateway', 'create.parallel-gateway',
  'create.user-task', 'create.service-task', 'create.subprocess-expanded',
];

// Context pad entries dropped: a none intermediate throw event and a plain task are not what a playbook needs.
const DROPPED_CONTEXT_PAD = new Set(['append.intermediate-event', 'append.append-task']);

// The elements an ops lead creates: [id, group, type, icon, title, options].
const CREATED = [
  ['user-task', 'activity', 'bpmn:UserTask', 'bpmn-icon-user-task', 'User task (work for a role)'],
  ['service-task', 'activity', 'bpmn:ServiceTask', 'bpmn-icon-service-task', 'Service task (an automation)'],
  ['parallel-gateway', 'gateway', 'bpmn:ParallelGateway', 'bpmn-icon-gateway-parallel', 'Parallel gateway'],
  ['message-catch', 'event', 'bpmn:IntermediateCatchEvent', 'bpmn-icon-intermediate-event-catch-message', 'Wait for a message',
    { eventDefinitionType: 'bpmn:MessageEventDefinition' }],
  ['timer-catch', 'event', 'bpmn:IntermediateCatchEvent', 'bpmn-icon-intermediate-event-catch-timer', 'Wait for a timer',
    { eventDefinitionType: 'bpmn:TimerEventDefinition' }],
];

function shapeOf(elementFactory, type, options) {
  return elementFactory.createShape({ type, ...(options || {}) });
}

function OnboardingPalette(palette, create, elementFactory) {
  palette.registerProvider(500, this);
  this.getPaletteEntries = () => entries => {
    const all = { ...entries };
    CREATED.forEach(([id, group, type, className, title, options]) => {
      const start = event => create.start(event, shapeOf(elementFactory, type, options));
      all['create.' + id] = { group, className, title, action: { dragstart: start, click: start } };
    });
    return Object.fromEntries(PALETTE_ORDER.filter(id => all[id]).map(id => [id, all[id]]));
  };
}
OnboardingPalette.$inject = ['palette', 'create', 'elementFactory'];

function OnboardingContextPad(contextPad, autoPlace, create, elementFactory) {
  contextPad.registerProvider(500, this);
  this.getContextPadEntries = element => entries => {
    DROPPED_CONTEXT_PAD.forEach(id => delete entries[id]);
    const bo = element.businessObject;
    const canAppend = 'append.end-event' in entries;
    if (!canAppend || !bo) return entries;
    const append = (type, options) => (event, source) => {
      const shape = shapeOf(elementFactory, type, options);
      if (autoPlace) autoPlace.append(source, shape);
      else create.start(event, shape, { source });
    };
    CREATED.filter(([id]) => id !== 'parallel-gateway').forEach(([id, , type, className, title, options]) => {
      const action = append(type, options);
      entries['append.' + id] = {
        group: 'model',
        className,
        title: 'Append ' + title.charAt(0).toLowerCase() + title.slice(1),
        action: { click: action, dragstart: (event, source) => create.start(event, shapeOf(elementFactory, type, options), { source }) },
      };
    });
    return entries;
  };
}
OnboardingContextPad.$inject = ['contextPad', 'autoPlace', 'create', 'elementFactory'];

function OnboardingReplaceMenu(popupMenu) {
  popupMenu.registerProvider('bpmn-replace', 500, this);
  this.getPopupMenuEntries = () => entries =>
    Object.fromEntries(Object.entries(entries).filter(([id]) => REPLACEMENTS.has(id)));
  // Loop and multi-instance markers are not run by the engine; the non-interrupting switch of a timer is.
  this.getPopupMenuHeaderEntries = () => entries =>
    Object.fromEntries(Object.entries(entries).filter(([id]) => id === 'toggle-non-interrupting'));
}
OnboardingReplaceMenu.$inject = ['popupMenu'];

export default {
  __init__: ['onboardingPalette', 'onboardingContextPad', 'onboardingReplaceMenu'],
  onboardingPalette: ['type', OnboardingPalette],
  onboardingContextPad: ['type', OnboardingContextPad],
  onboardingReplaceMenu: ['type', OnboardingReplaceMenu],
};

/** The action names of the change-element menu this module keeps (for tests). */
export const supportedReplacements = [...REPLACEMENTS];

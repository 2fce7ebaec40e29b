// The parts of xAPI 1.0.3 statements that Threshold writes and reads. Plain JSON shapes: these go
// over the wire as they are, so they hold no class instances and no undefined fields.

export type LanguageMap = Record<string, string>;

export interface XapiAccount {
  homePage: string;
  name: string;
}

export type XapiAgent =
  | { objectType?: 'Agent'; name?: string; account: XapiAccount }
  | { objectType?: 'Agent'; name?: string; mbox: string };

export interface XapiVerb {
  id: string;
  display: LanguageMap;
}

export interface XapiActivity {
  objectType: 'Activity';
  id: string;
  definition?: {
    name?: LanguageMap;
    type?: string;
    interactionType?: 'choice' | 'fill-in' | 'other';
    extensions?: Record<string, unknown>;
  };
}

export interface XapiScore {
  scaled?: number;
  raw?: number;
  min?: number;
  max?: number;
}

export interface XapiResult {
  score?: XapiScore;
  success?: boolean;
  completion?: boolean;
  response?: string;
  duration?: string;
  extensions?: Record<string, unknown>;
}

export interface XapiContext {
  registration?: string;
  platform?: string;
  language?: string;
  contextActivities?: {
    parent?: XapiActivity[];
    grouping?: XapiActivity[];
    category?: XapiActivity[];
  };
  extensions?: Record<string, unknown>;
}

export interface XapiStatement {
  id: string;
  actor: XapiAgent;
  verb: XapiVerb;
  object: XapiActivity;
  result?: XapiResult;
  context?: XapiContext;
  /** ISO 8601 with milliseconds and a zone (the LRS adds `stored`). */
  timestamp: string;
}

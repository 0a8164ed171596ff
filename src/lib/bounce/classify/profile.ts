/**
 * How much of the classifier's knowledge of particular systems a run uses. The generic profile is
 * how a bounce from a system the classifier has never met is read: no system is named from its
 * signature (so no system's own layout branch, notice or classification field is used) and no
 * phrase rule scoped to a system, a receiving host or a recipient domain applies. This is the one
 * place that switch lives; every source of facts and the decision read it from here.
 */

/** `full`: everything the classifier knows; `generic`: only what holds for any system. */
export type ProfileName = 'full' | 'generic';

/** What a run may use. */
export interface Profile {
  name: ProfileName;
  /** Name the sending system from its signature and use that system's own layout branches. */
  systems: boolean;
  /** Use phrase rules scoped to a sending system, a receiving host or a recipient domain. */
  scopedRules: boolean;
}

const PROFILES: Readonly<Record<ProfileName, Profile>> = {
  full: { name: 'full', systems: true, scopedRules: true },
  generic: { name: 'generic', systems: false, scopedRules: false },
};

/** The profile for a name (default `full`). */
export function profileOf(name: ProfileName = 'full'): Profile {
  return PROFILES[name];
}

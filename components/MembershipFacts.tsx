import Link from 'next/link'

import type { Membership, Organisation, Person, Vote } from '@/payload-types'
import { isPopulated } from '@/lib/populated'
import { paths } from '@/lib/routes'

import { DateText } from './DateText'

const UNANIMITY = { unanimous: 'jednogłośnie', majority: 'większością głosów', unknown: null } as const

/** The facts of one membership as a description list: since when, by which decision, who represents. */
export function MembershipFacts({ membership }: { membership: Membership }) {
  const decision = membership.decision
  const vote = isPopulated<Vote>(membership.vote) ? membership.vote : null
  const representative = isPopulated<Person>(membership.representative) ? membership.representative : null
  const unanimity = decision?.unanimity ? UNANIMITY[decision.unanimity] : null
  return (
    <dl className="facts">
      {membership.role ? (
        <>
          <dt>Rola</dt>
          <dd>{membership.role}</dd>
        </>
      ) : null}
      {membership.startDate ? (
        <>
          <dt>Członek od</dt>
          <dd>
            <DateText value={membership.startDate} />
          </dd>
        </>
      ) : null}
      {membership.endDate ? (
        <>
          <dt>Członek do</dt>
          <dd>
            <DateText value={membership.endDate} />
          </dd>
        </>
      ) : null}
      {decision?.text ? (
        <>
          <dt>Decyzja o przyjęciu</dt>
          <dd>
            {decision.text}
            {decision.date ? (
              <>
                {' '}
                z <DateText value={decision.date} />
              </>
            ) : null}
            {unanimity ? `, ${unanimity}` : null}
          </dd>
        </>
      ) : null}
      {vote ? (
        <>
          <dt>Podstawa po stronie gminy</dt>
          <dd>
            <Link href={paths.vote(vote.slug)}>{vote.title}</Link>
          </dd>
        </>
      ) : null}
      {representative ? (
        <>
          <dt>Przedstawiciel</dt>
          <dd>
            {representative.name}
            {representative.position ? `, ${representative.position}` : null}
          </dd>
        </>
      ) : null}
    </dl>
  )
}

/** The member's name, linked when it is an organisation with a page. */
export function MemberName({ membership }: { membership: Membership }) {
  const member = membership.member
  if (member.relationTo === 'organisations' && isPopulated<Organisation>(member.value)) {
    return <Link href={paths.organisation(member.value.slug)}>{member.value.name}</Link>
  }
  if (member.relationTo === 'people' && isPopulated<Person>(member.value)) return <>{member.value.name}</>
  return null
}

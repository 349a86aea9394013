/**
 * Two requests as stored before the outbox (migration 5): one whose card reached the team
 * (its record holds the channel post), one that never did. Each is the row's values in the
 * old column order: reference, token, year 2026 aside, seq, status, requester id, created, record.
 */
export function legacyRows(): [
  reference: string,
  token: string,
  seq: number,
  status: string,
  requesterId: string,
  createdAt: string,
  record: string,
][] {
  return (
    [
      [1, { channelPost: { activityId: '1', reference: {} } }],
      [2, {}],
    ] as const
  ).map(([seq, extra]) => {
    const record = {
      reference: `EC-2026-0000${seq}`,
      token: `t${seq}`,
      status: 'new',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      requester: { aadObjectId: 'a', name: 'A' },
      form: {},
      history: [],
      ...extra,
    };
    return [record.reference, record.token, seq, 'new', 'a', record.createdAt, JSON.stringify(record)];
  });
}

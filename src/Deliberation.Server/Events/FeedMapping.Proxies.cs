using Deliberation.Api.V1;
using Deliberation.Server.Common;
using Model = Deliberation.Domain.Ballots.Proxies;

namespace Deliberation.Server.Events;

internal static partial class FeedMapping
{
    /// <summary>Proxies, to every member: who holds whose vote is public, as the record of every ballot shows it.</summary>
    private static (Type Type, Mapping Mapping)[] Proxies =>
    [
        ForAll<Model.ProxyGranted>((e, _) => new SessionEvent
        {
            ProxyGranted = new() { Grant = new ProxyGrant { GrantorId = e.GrantorId.ToString(), HolderId = e.HolderId.ToString(), BallotId = Ids.Text(e.BallotId) } },
        }),
        ForAll<Model.ProxyRevoked>((e, _) => new SessionEvent { ProxyRevoked = new() { GrantorId = e.GrantorId.ToString(), BallotId = Ids.Text(e.BallotId) } }),
    ];
}

using Deliberation.Domain.Ballots;
using Deliberation.Engine.Ballots.Secrecy;
using Deliberation.Engine.Requests;
using Command = Deliberation.Domain.Ballots.CloseBallot.CloseBallot;

namespace Deliberation.Engine.Ballots.CloseBallot;

/// <summary>Closing a ballot, whoever closes it (a moderator or its deadline): the close, then, for a secret ballot, its key destroyed.</summary>
public static class BallotClosing
{
    public static async Task<Ballot> CloseAsync(CommandRunner runner, BallotKeys keys, RequestKey key, Command command, CancellationToken cancellationToken)
    {
        var closed = await runner.RunAsync(key, (store, now, ct) => CloseBallotHandler.HandleAsync(store, keys, command, now, ct), cancellationToken);
        // Closed for good: the key goes, and with it every way to open what was sealed under it.
        if (closed.Secrecy == BallotSecrecy.Secret && keys.Exists(closed.Id)) keys.Destroy(closed.Id);
        return closed;
    }
}

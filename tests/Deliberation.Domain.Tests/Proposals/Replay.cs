using Deliberation.Domain.Proposals;
using Deliberation.Domain.Proposals.Submission;

namespace Deliberation.Domain.Tests.Proposals;

/// <summary>A proposal's stream in memory: events appended as the event store would, and folded by the aggregate's own Create/Apply.</summary>
internal sealed class Replay
{
    private readonly List<object> events = [];

    public IReadOnlyList<object> Events => events;

    public Proposal State { get; private set; } = null!;

    public Proposal Append(IEnumerable<object> decided)
    {
        foreach (var e in decided)
        {
            events.Add(e);
            State = Fold(State, e);
        }
        return State;
    }

    /// <summary>The whole stream folded again from nothing.</summary>
    public Proposal Reread() => events.Aggregate((Proposal)null!, Fold);

    /// <summary>The stream folded up to the last event of the version.</summary>
    public Proposal AtVersion(int version)
    {
        Proposal state = null!;
        foreach (var e in events)
        {
            var next = Fold(state, e);
            if (next.VersionNumber > version) break;
            state = next;
        }
        return state;
    }

    private static Proposal Fold(Proposal state, object e) =>
        e is ProposalSubmitted submitted ? Proposal.Create(submitted) : (Proposal)((dynamic)state).Apply((dynamic)e);
}

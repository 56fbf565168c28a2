using Deliberation.Api.V1;
using Deliberation.IntegrationTests.Infrastructure;
using static Deliberation.IntegrationTests.Infrastructure.Requests;

namespace Deliberation.IntegrationTests;

/// <summary>The whole first flow over gRPC: session, proposal, ballot, votes, close, result.</summary>
public class WalkingSkeletonTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    [Fact]
    public async Task A_session_decides_a_proposal_by_simple_majority_of_votes_cast()
    {
        var session = (await engine.Sessions.CreateSessionAsync(CreateSession())).Session;
        var proposal = (await engine.Proposals.SubmitProposalAsync(SubmitProposal(session.SessionId))).Proposal;
        var ballot = (await engine.Ballots.OpenBallotAsync(new OpenBallotRequest { RequestId = NewId(), ProposalId = proposal.ProposalId })).Ballot;

        foreach (var (voter, choice) in new[] { ("arta", VoteChoice.Yes), ("milan", VoteChoice.Yes), ("drita", VoteChoice.No), ("jelena", VoteChoice.Abstain) })
            await engine.Ballots.CastVoteAsync(Vote(ballot.BallotId, voter, choice));
        var closed = (await engine.Ballots.CloseBallotAsync(new CloseBallotRequest { RequestId = NewId(), BallotId = ballot.BallotId })).Ballot;

        Assert.Equal(BallotStatus.Closed, closed.Status);
        Assert.Equal((2, 1, 1, 3, true), (closed.Result.Yes, closed.Result.No, closed.Result.Abstain, closed.Result.Base, closed.Result.Adopted));
        Assert.Equal(session.SessionId, closed.SessionId);
        var read = (await engine.Ballots.GetBallotAsync(new GetBallotRequest { BallotId = ballot.BallotId })).Ballot;
        Assert.Equal(closed, read);
    }

    [Fact]
    public async Task What_was_created_reads_back_exactly()
    {
        var request = CreateSession();
        var created = (await engine.Sessions.CreateSessionAsync(request)).Session;
        var read = (await engine.Sessions.GetSessionAsync(new GetSessionRequest { SessionId = created.SessionId })).Session;

        Assert.Equal(created, read);
        Assert.Equal(request.Title, read.Title);
        Assert.Equal(["sq", "sr-Latn", "en"], read.Languages);

        var proposal = (await engine.Proposals.SubmitProposalAsync(SubmitProposal(created.SessionId))).Proposal;
        Assert.Equal(proposal, (await engine.Proposals.GetProposalAsync(new GetProposalRequest { ProposalId = proposal.ProposalId })).Proposal);
    }

    [Fact]
    public async Task Texts_are_stored_in_unicode_normal_form_c()
    {
        var request = CreateSession();
        request.Title = Text(("sr-Latn", "Drus\u030Ctveni ugovor")); // š as s + combining caron
        request.Languages.Clear();
        request.Languages.Add("sr-Latn");

        var session = (await engine.Sessions.CreateSessionAsync(request)).Session;

        Assert.Equal("Društveni ugovor", session.Title.Texts[0].Text);
    }
}

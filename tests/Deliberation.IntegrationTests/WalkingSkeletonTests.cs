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
        var room = await Room.WithVotersAsync(engine, "arta", "milan", "drita", "jelena");
        var (proposal, ballot) = await room.ProposalWithBallotAsync(author: "arta");

        foreach (var (voter, choice) in new[] { ("arta", VoteChoice.Yes), ("milan", VoteChoice.Yes), ("drita", VoteChoice.No), ("jelena", VoteChoice.Abstain) })
            await room[voter].Api.Ballots.CastVoteAsync(Vote(ballot.BallotId, choice));
        var closed = (await room["moderator"].Api.Ballots.CloseBallotAsync(new CloseBallotRequest { RequestId = NewId(), BallotId = ballot.BallotId })).Ballot;

        Assert.Equal(BallotStatus.Closed, closed.Status);
        Assert.Equal((2, 1, 1, 3, true), (closed.Result.Yes, closed.Result.No, closed.Result.Abstain, closed.Result.Base, closed.Result.Adopted));
        Assert.Equal(room.SessionId, closed.SessionId);
        Assert.Equal(room["arta"].ParticipantId, proposal.AuthorId);
        Assert.Equal(closed, (await room["jelena"].Api.Ballots.GetBallotAsync(new GetBallotRequest { BallotId = ballot.BallotId })).Ballot);
    }

    [Fact]
    public async Task What_was_created_reads_back_exactly()
    {
        var request = CreateSession();
        var created = (await engine.Operator.Sessions.CreateSessionAsync(request)).Session;
        var read = (await engine.Operator.Sessions.GetSessionAsync(new GetSessionRequest { SessionId = created.SessionId })).Session;

        Assert.Equal(created, read);
        Assert.Equal(request.Title, read.Title);
        Assert.Equal(["sq", "sr-Latn", "en"], read.Languages);
        Assert.Equal("sq", read.AuthoritativeLanguage);
        Assert.Equal(SessionStatus.Draft, read.Status);
    }

    [Fact]
    public async Task A_text_says_which_working_languages_it_still_lacks()
    {
        var request = CreateSession();
        request.Title = Text(("sq", "Kontrata e re shoqërore"));

        var session = (await engine.Operator.Sessions.CreateSessionAsync(request)).Session;

        Assert.Equal(["sr-Latn", "en"], session.Title.MissingLanguages);
    }

    [Fact]
    public async Task Texts_are_stored_in_unicode_normal_form_c()
    {
        var request = CreateSession();
        request.Title = Text(("sr-Latn", "Drus\u030Ctveni ugovor")); // š as s + combining caron
        request.Languages.Clear();
        request.Languages.Add("sr-Latn");

        var session = (await engine.Operator.Sessions.CreateSessionAsync(request)).Session;

        Assert.Equal("Društveni ugovor", session.Title.Texts[0].Text);
    }
}

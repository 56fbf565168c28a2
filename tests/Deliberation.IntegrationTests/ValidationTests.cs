using Deliberation.Api.V1;
using Deliberation.IntegrationTests.Infrastructure;
using static Deliberation.IntegrationTests.Infrastructure.Requests;

namespace Deliberation.IntegrationTests;

/// <summary>Malformed requests answer INVALID_ARGUMENT naming every bad field, and record nothing.</summary>
public class ValidationTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    [Fact]
    public async Task An_empty_create_session_names_each_missing_field()
    {
        var error = await Errors.CatchAsync(engine.Operator.Sessions.CreateSessionAsync(new CreateSessionRequest()));

        Assert.Equal(["request_id", "title", "languages"], error.ViolatedFields());
    }

    [Fact]
    public async Task Malformed_texts_are_named_down_to_the_entry()
    {
        var request = CreateSession();
        request.Title = Text(("en", ""), ("not a tag", "Naslov"), ("sq", "Titull\u0007"));
        request.Languages.Add("en");

        var error = await Errors.CatchAsync(engine.Operator.Sessions.CreateSessionAsync(request));

        Assert.Equal(["title.texts[0].text", "title.texts[1].language", "title.texts[2].text", "languages"], error.ViolatedFields());
    }

    [Fact]
    public async Task Over_long_texts_and_duplicate_languages_are_refused()
    {
        var room = await Room.WithVotersAsync(engine, "arta");
        var request = SubmitProposal(room.SessionId);
        request.Title = Text(("en", new string('a', 301)));
        request.Paragraphs[0] = Text(("en", "One"), ("EN", "Two"));

        var error = await Errors.CatchAsync(room["arta"].Api.Proposals.SubmitProposalAsync(request));

        Assert.Equal(["title.texts[0].text", "paragraphs[0].texts"], error.ViolatedFields());
    }

    [Fact]
    public async Task Ids_that_are_not_uuids_and_choices_left_unspecified_are_refused()
    {
        var error = await Errors.CatchAsync(engine.Operator.Ballots.CastVoteAsync(new CastVoteRequest
        {
            RequestId = "retry me", BallotId = "ballot-1", Choice = VoteChoice.Unspecified,
        }));

        Assert.Equal(["request_id", "ballot_id", "choice"], error.ViolatedFields());
        Assert.Contains("must be a UUID", error.Status.Detail);
    }

    [Fact]
    public async Task A_refused_request_records_nothing()
    {
        var before = await engine.CountEventsAsync();
        var request = CreateSession();
        request.Languages.Clear();

        await Errors.CatchAsync(engine.Operator.Sessions.CreateSessionAsync(request));

        Assert.Equal(before, await engine.CountEventsAsync());
    }
}

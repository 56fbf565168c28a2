using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Participants;
using Deliberation.Domain.Sessions;
using Deliberation.Domain.Sessions.Groups;

namespace Deliberation.Domain.Tests.Participants;

public class SetParticipantGroupTests
{
    private static readonly Session Session = Given.SessionIn(SessionStatus.Open)
        .Apply(new GroupDimensionDefined(Guid.Empty, new GroupDimension("community", LocalizedText.Of(("en", "Community")),
            [new GroupValue("albanian", LocalizedText.Of(("en", "Albanian"))), new GroupValue("serb", LocalizedText.Of(("en", "Serb")))], SelfDeclared: false), Actor.Operator, Given.Now))
        .Apply(new GroupDimensionDefined(Guid.Empty, new GroupDimension("gender", LocalizedText.Of(("en", "Gender")),
            [new GroupValue("woman", LocalizedText.Of(("en", "Woman")))], SelfDeclared: true), Actor.Operator, Given.Now));

    private static readonly Participant Arta = Participant.Create(new ParticipantJoined(Guid.NewGuid(), Session.Id, Guid.NewGuid(), "Arta", false,
        Role.Participant, true, new Dictionary<string, string>(), Given.Now));

    private static SetParticipantGroup Set(string dimension, string value, Actor by, bool byModerator) =>
        new(Session.Id, Arta.Id, dimension, value, by, byModerator);

    [Fact]
    public void A_participant_declares_their_own_value_of_a_self_declared_dimension_and_may_keep_it_undisclosed()
    {
        var set = SetParticipantGroup.Decide(Session, Arta, Set("gender", "woman", Actor.Member(Arta.Id), byModerator: false), Given.Now);
        var undisclosed = SetParticipantGroup.Decide(Session, Arta, Set("gender", GroupDimension.Undisclosed, Actor.Member(Arta.Id), byModerator: false), Given.Now);

        Assert.Equal("woman", Arta.Apply(set).Groups["gender"]);
        Assert.Equal(GroupDimension.Undisclosed, Arta.Apply(undisclosed).Groups["gender"]);
    }

    [Fact]
    public void Only_moderators_set_a_dimension_that_is_not_self_declared_and_nobody_sets_anothers_own()
    {
        Assert.Equal(RuleViolationReason.GroupSetByModerator, Assert.Throws<RuleViolation>(() =>
            SetParticipantGroup.Decide(Session, Arta, Set("community", "serb", Actor.Member(Arta.Id), byModerator: false), Given.Now)).Reason);
        Assert.Equal(RuleViolationReason.NotYourOwn, Assert.Throws<RuleViolation>(() =>
            SetParticipantGroup.Decide(Session, Arta, Set("gender", "woman", Actor.Member(Guid.NewGuid()), byModerator: false), Given.Now)).Reason);
        Assert.Equal("serb", Arta.Apply(SetParticipantGroup.Decide(Session, Arta, Set("community", "serb", Actor.Operator, byModerator: true), Given.Now)).Groups["community"]);
    }

    [Fact]
    public void Values_the_session_does_not_define_are_refused()
    {
        Assert.Equal(RuleViolationReason.UnknownGroup, Assert.Throws<RuleViolation>(() =>
            SetParticipantGroup.Decide(Session, Arta, Set("community", "martian", Actor.Operator, byModerator: true), Given.Now)).Reason);
        Assert.Equal(RuleViolationReason.UnknownGroup, Assert.Throws<RuleViolation>(() =>
            SetParticipantGroup.Decide(Session, Arta, Set("religion", "none", Actor.Operator, byModerator: true), Given.Now)).Reason);
    }
}

using Deliberation.Api.V1;
using Deliberation.Domain.Common;

namespace Deliberation.IntegrationTests;

public class ErrorReasonTests
{
    [Fact]
    public void Every_domain_rule_violation_has_its_reason_in_the_protos()
    {
        var documented = Enum.GetNames<ErrorReason>();

        Assert.All(Enum.GetNames<RuleViolationReason>(), reason => Assert.Contains(reason, documented));
    }
}

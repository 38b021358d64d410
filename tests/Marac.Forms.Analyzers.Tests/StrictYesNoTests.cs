using Marac.Forms.Analyzers.Tests.Verification;

namespace Marac.Forms.Analyzers.Tests;

/// <summary>For gender history and immigration status the yes/no answer is itself the protected fact.</summary>
public sealed class StrictYesNoTests
{
    [Fact]
    public Task Comparisons_and_null_checks_of_the_strict_kinds_count_as_the_data() => Verify.DiagnosticsAsync("""
        using Microsoft.Extensions.Logging;

        class Triage
        {
            void M(Victim v, ILogger logger, List<Victim> household)
            {
                logger.LogInformation("Refugee: {Refugee}", {|MARAC004:v.ImmigrationStatus == "Refugee"|});
                logger.LogInformation("Has history: {Has}", {|MARAC003:v.GenderHistory is not null|});
                logger.LogInformation("No history: {None}", {|MARAC003:string.IsNullOrEmpty(v.GenderHistory)|});
                logger.LogInformation("Any status: {Any}", {|MARAC004:household.Any(h => h.ImmigrationStatus != null)|});
                Console.WriteLine({|MARAC004:!(v.ImmigrationStatus is null)|});
                logger.LogInformation("Named: {Named}", v.Name.Length > 0);
                logger.LogInformation("Health noted: {Noted}", v.Health is not null);
                logger.LogInformation("Convicted: {Convicted}", string.IsNullOrEmpty(v.Convictions));
            }
        }
        """);
}

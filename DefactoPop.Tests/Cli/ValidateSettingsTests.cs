using DefactoPop.Core.Validation;
using DefactoPop.Web.Cli;

namespace DefactoPop.Tests.Cli;

public sealed class ValidateSettingsTests
{
    [Fact]
    public void Validate_InProcessModeWithACount_IsAcceptedAndSamplesThatMany()
    {
        var settings = new ValidateCommand.Settings { Days = "5" };

        Assert.True(settings.Validate().Successful);
        Assert.Equal(5, settings.SampleDays);
        Assert.Equal(3, new ValidateCommand.Settings().SampleDays);
    }

    [Fact]
    public void Validate_InProcessModeWithDates_IsRefusedPointingToTruth()
    {
        var result = new ValidateCommand.Settings { Days = "2017-10-11" }.Validate();

        Assert.False(result.Successful);
        Assert.Contains("--truth", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TruthDays_NoneNamed_AreTheFiveIssueDays()
    {
        var settings = new ValidateCommand.Settings { Truth = "run" };

        Assert.True(settings.Validate().Successful);
        Assert.Equal(StoredValidation.DefaultDays, settings.TruthDays);
        Assert.Equal(["2017-10-04", "2017-10-11", "2017-10-14", "2017-10-15", "2017-12-20"], settings.TruthDays.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void TruthDays_CommaSeparatedWithRepeats_ParsedOnceEachInOrder()
    {
        var settings = new ValidateCommand.Settings { Truth = "run", Days = "2017-12-20, 2017-10-11,2017-12-20" };

        Assert.Equal([new DateOnly(2017, 12, 20), new DateOnly(2017, 10, 11)], settings.TruthDays);
    }
}

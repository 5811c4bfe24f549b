using SupportPlan.Samples.VendorIntegration;

return VendorIntegrationSample.Run(args, Console.Out, Console.Error);

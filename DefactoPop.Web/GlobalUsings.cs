// The dashboard's own layers, visible everywhere in the web project.
global using DefactoPop.Core.Analytics;
global using DefactoPop.Web.Data.Export;
global using DefactoPop.Web.Exports;
global using DefactoPop.Web.Localisation;
global using DefactoPop.Web.Queries;
global using DefactoPop.Web.ViewModels;

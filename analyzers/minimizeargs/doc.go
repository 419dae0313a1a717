// Package minimizeargs defines an Analyzer that reports
// optimizer.minimize(f, varList) (rule minimize-arguments, tips 5 and 11):
// minimize's parameters are (f, returnCost, varList), so a variable list in
// second place is read as returnCost. The list is ignored — every trainable
// variable the loss reaches is updated, the weights of a frozen critic or
// target network included — and the cost scalar returned because the list
// is truthy is never disposed. The suggestion inserts returnCost before the
// list: minimize(f, false, varList), or true when the result is used.
package minimizeargs
